using System.Runtime.Serialization;
using CrmLeadSla.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Pipeline;

/// <summary>
/// What SharedVariables can carry from one step to the next. In Dataverse the execution context crosses the sandbox
/// boundary serialized after every step, so only the types its serializer knows survive — the SDK's data types and
/// the primitives — and the next step gets a copy. A step that leaves any other value there fails, as the
/// serialization would make it fail.
/// </summary>
internal static class SharedVariableValues
{
    private static readonly HashSet<Type> Carried =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(decimal), typeof(double), typeof(float),
        typeof(Guid), typeof(DateTime), typeof(byte[]), typeof(string[]),
        typeof(EntityReference), typeof(EntityCollection), typeof(EntityReferenceCollection), typeof(OptionSetValue), typeof(OptionSetValueCollection),
        typeof(Money), typeof(AliasedValue),
    ];

    /// <summary>Replaces every value by a copy, as the next step would receive it.</summary>
    /// <exception cref="SerializationException">A value of a type the platform cannot carry; the message names the key and the type.</exception>
    public static void Carry(ParameterCollection variables)
    {
        foreach (var (name, value) in variables.ToList())
        {
            if (value is not null && value is not Entity && !Carried.Contains(value.GetType()))
            {
                throw new SerializationException(
                    $"SharedVariables[\"{name}\"] holds a {value.GetType().FullName}, which the platform cannot pass from one step to the next. " +
                    "Put a simple value there (string, number, Guid, DateTime, bool) or an SDK type (Entity, EntityReference, OptionSetValue, Money…), e.g. the value serialized as a string.");
            }

            variables[name] = RowCopy.ValueOf(value);
        }
    }
}
