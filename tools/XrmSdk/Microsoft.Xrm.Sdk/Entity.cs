using System;
using System.ComponentModel;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    // Id and the primary key attribute are independent: setting one does not set the other.
    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        _keyAttributes = keyAttributes;
    }

    public string LogicalName { get; set; }

    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues => _formattedValues ??= new FormattedValueCollection();

    public RelatedEntityCollection RelatedEntities => _relatedEntities ??= new RelatedEntityCollection();

    public string RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    // The two doors early-bound classes use to read and write their columns.
    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        if (attributeLogicalName == null)
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        Attributes[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        if (attributeLogicalName == null)
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return FormattedValues.TryGetValue(attributeLogicalName, out var formatted) ? formatted : null;
    }

    // Missing and null both read as default(T); a value of another type is a cast error.
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (attributeLogicalName == null)
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        return Attributes.TryGetValue(attributeLogicalName, out var value) && value != null ? (T)value : default;
    }

    // A value of type T is read as is and a string through T's type converter ("42" as an int,
    // "0x10" as 16); any other value, null, a missing attribute or a null name reads as false.
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        if (attributeKey == null || !Attributes.TryGetValue(attributeKey, out var value))
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        return value is string text && TryConvert(text, out result);
    }

    public EntityReference ToEntityReference() => new EntityReference(LogicalName, Id) { RowVersion = RowVersion };

    // A shallow copy: the new instance shares this entity's collections.
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        var logicalNameAttribute = typeof(T).GetCustomAttribute<EntityLogicalNameAttribute>()
            ?? throw new NotSupportedException("Cannot convert to type that is does not have EntityLogicalNameAttribute");
        if (string.IsNullOrEmpty(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
        }

        if (LogicalName != logicalNameAttribute.LogicalName)
        {
            throw new NotSupportedException("Cannot convert entity " + LogicalName + " to " + logicalNameAttribute.LogicalName);
        }

        var typed = Activator.CreateInstance<T>();
        ShallowCopyTo(typed);
        return typed;
    }

    private static bool TryConvert<T>(string text, out T result)
    {
        result = default;
        var converter = TypeDescriptor.GetConverter(typeof(T));
        if (!converter.CanConvertFrom(typeof(string)))
        {
            return false;
        }

        try
        {
            result = (T)converter.ConvertFrom(text);
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or NotSupportedException)
        {
            return false;
        }
    }

    private void ShallowCopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.EntityState = EntityState;
        target._formattedValues = FormattedValues;
        target._relatedEntities = RelatedEntities;
        target.KeyAttributes = KeyAttributes;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }
}
