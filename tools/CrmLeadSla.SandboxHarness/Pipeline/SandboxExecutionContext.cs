using System;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.SandboxHarness.Pipeline
{
    /// <summary>
    /// The execution context the platform hands a synchronous step in the sandbox, filled by the harness: the
    /// step's message, table, stage and record, the Target, the images, the user and the moment of the operation.
    /// </summary>
    internal sealed class SandboxExecutionContext : IPluginExecutionContext
    {
        public int Stage { get; set; }

        public IPluginExecutionContext ParentContext { get; set; } = null!;

        // Synchronous (0), in the sandbox (2): how every step of the solution is registered.
        public int Mode => 0;

        public int IsolationMode => 2;

        public int Depth { get; set; } = 1;

        public string MessageName { get; set; } = string.Empty;

        public string PrimaryEntityName { get; set; } = string.Empty;

        public Guid? RequestId { get; set; }

        public string SecondaryEntityName => "none";

        public ParameterCollection InputParameters { get; } = new ParameterCollection();

        public ParameterCollection OutputParameters { get; } = new ParameterCollection();

        public ParameterCollection SharedVariables { get; } = new ParameterCollection();

        public Guid UserId { get; set; }

        public Guid InitiatingUserId => UserId;

        public Guid BusinessUnitId { get; set; }

        public Guid OrganizationId { get; set; }

        public string OrganizationName { get; set; } = string.Empty;

        public Guid PrimaryEntityId { get; set; }

        public EntityImageCollection PreEntityImages { get; } = new EntityImageCollection();

        public EntityImageCollection PostEntityImages { get; } = new EntityImageCollection();

        public EntityReference OwningExtension { get; set; } = null!;

        public Guid CorrelationId { get; set; }

        public bool IsExecutingOffline => false;

        public bool IsOfflinePlayback => false;

        // Pre- and post-operation run inside the database transaction; pre-validation does not.
        public bool IsInTransaction => Stage >= 20;

        public Guid OperationId { get; set; }

        public DateTime OperationCreatedOn { get; set; }
    }
}
