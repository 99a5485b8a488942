namespace Microsoft.Xrm.Sdk;

public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public RelatedEntityCollection()
    {
    }

    public override bool IsReadOnly => false;
}
