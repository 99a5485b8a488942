using CrmLeadSla.LocalDataverse.Faults;

namespace CrmLeadSla.LocalDataverse.Messages;

/// <summary>
/// The message handlers of the local Dataverse, found by reflection: every non-abstract
/// <see cref="IMessageHandler"/> of this assembly with a public parameterless constructor.
/// </summary>
public sealed class MessageHandlers
{
    private readonly Dictionary<string, IMessageHandler> byMessage;

    /// <summary>Discovers the handlers.</summary>
    public MessageHandlers()
    {
        byMessage = typeof(IMessageHandler).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessageHandler).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is { IsPublic: true })
            .Select(t => (IMessageHandler)Activator.CreateInstance(t)!)
            .ToDictionary(h => h.MessageName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The names of every message the organization handles.</summary>
    public IReadOnlyCollection<string> Messages => byMessage.Keys;

    /// <summary>The handler of the message, or the fault Dataverse gives for an unknown request.</summary>
    public IMessageHandler For(string message) =>
        byMessage.TryGetValue(message, out var handler)
            ? handler
            : throw Fault.Of(ErrorCodes.Unexpected, $"Unrecognized request '{message}': the local Dataverse has no handler for this message.");
}
