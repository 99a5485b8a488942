using System.Collections.Generic;

namespace System.Activities.Hosting
{
    public class WorkflowInstanceExtensionManager
    {
        private readonly List<object> singletons = new List<object>();
        private readonly List<Func<object>> factories = new List<Func<object>>();
        private bool readOnly;

        public WorkflowInstanceExtensionManager()
        {
        }

        public virtual void Add(object singletonExtension)
        {
            ArgumentNullException.ThrowIfNull(singletonExtension);
            ThrowIfReadOnly();
            singletons.Add(singletonExtension);
        }

        public virtual void Add<T>(Func<T> extensionCreationFunction)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(extensionCreationFunction);
            ThrowIfReadOnly();
            factories.Add(extensionCreationFunction);
        }

        public void MakeReadOnly() => readOnly = true;

        /// <summary>
        /// The extensions of one workflow instance: the singletons, then one new object from each
        /// creation function. Using the manager for an instance makes it read-only.
        /// </summary>
        internal IReadOnlyList<object> ExtensionsForNewInstance()
        {
            MakeReadOnly();
            var extensions = new List<object>(singletons);
            foreach (var create in factories)
            {
                extensions.Add(create());
            }

            return extensions;
        }

        private void ThrowIfReadOnly()
        {
            if (readOnly)
            {
                throw new InvalidOperationException("Extensions cannot be added once the WorkflowInstanceExtensionManager is read-only, i.e. after a workflow instance has used it.");
            }
        }
    }
}
