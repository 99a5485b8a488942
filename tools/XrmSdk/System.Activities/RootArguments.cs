using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace System.Activities
{
    /// <summary>
    /// The arguments of the activity a host runs, found as Windows Workflow Foundation finds them:
    /// its public InArgument and OutArgument properties, named after the property, required when
    /// marked [RequiredArgument]. A property left null gets a new argument, so that Execute can
    /// always Get and Set it.
    /// </summary>
    internal sealed class RootArguments
    {
        private readonly Activity activity;
        private readonly IReadOnlyList<(string Name, Argument Argument, bool IsRequired)> arguments;

        public RootArguments(Activity activity)
        {
            this.activity = activity;
            arguments = activity.GetType()
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => typeof(Argument).IsAssignableFrom(property.PropertyType) && property.GetIndexParameters().Length == 0)
                .GroupBy(property => property.Name, StringComparer.Ordinal)
                .Select(sameName => MostDerived(sameName))
                .Select(property => (property.Name, Argument: ArgumentOf(property), IsRequired: property.IsDefined(typeof(RequiredArgumentAttribute), inherit: true)))
                .Where(found => found.Argument is not null)
                .ToList();
        }

        /// <summary>
        /// Each argument's value before the activity runs; throws ArgumentException listing every
        /// violation, worded as Windows Workflow Foundation words them.
        /// </summary>
        public Dictionary<Argument, object> InitialValues(IDictionary<string, object> inputs)
        {
            var violations = new List<string>();
            var values = new Dictionary<Argument, object>();
            foreach (var (name, argument, isRequired) in arguments)
            {
                var value = argument.InitialValue;
                if (argument.Direction == ArgumentDirection.In && inputs is not null && inputs.TryGetValue(name, out var input))
                {
                    if (argument.Accepts(input))
                    {
                        value = input;
                    }
                    else
                    {
                        violations.Add($"Expected an input parameter value of type '{argument.ArgumentType.FullName}' for parameter named '{name}'.");
                    }
                }
                else if (isRequired && !argument.IsBound)
                {
                    violations.Add($"Value for a required activity argument '{name}' was not supplied.");
                }

                values.Add(argument, value);
            }

            var unused = inputs?.Keys
                .Where(key => !arguments.Any(a => a.Argument.Direction == ArgumentDirection.In && a.Name == key))
                .ToList() ?? new List<string>();
            if (unused.Count > 0)
            {
                violations.Add($"The following keys from the input dictionary do not map to arguments and must be removed: {string.Join(", ", unused)}.  Please note that argument names are case sensitive.");
            }

            if (violations.Count > 0)
            {
                throw Violated(violations, inputs is null);
            }

            return values;
        }

        /// <summary>The values of the out arguments after the run, by argument name.</summary>
        public Dictionary<string, object> Outputs(Dictionary<Argument, object> values) =>
            arguments
                .Where(a => a.Argument.Direction == ArgumentDirection.Out)
                .ToDictionary(a => a.Name, a => values[a.Argument], StringComparer.Ordinal);

        private ArgumentException Violated(List<string> violations, bool withoutInputs)
        {
            var heading = withoutInputs
                ? "The root activity's argument settings are incorrect.  Either fix the workflow definition or supply input values to fix these errors:"
                : "The values provided for the root activity's arguments did not satisfy the root activity's requirements:";
            var lines = violations.Select(violation => $"'{activity.DisplayName}': {violation}");
            return new ArgumentException(
                heading + Environment.NewLine + string.Join(Environment.NewLine, lines),
                withoutInputs ? "program" : "rootArgumentValues");
        }

        private Argument ArgumentOf(PropertyInfo property)
        {
            if (property.GetValue(activity) is Argument argument)
            {
                return argument;
            }

            if (property.PropertyType.IsAbstract || !property.CanWrite)
            {
                return null;
            }

            var created = (Argument)Activator.CreateInstance(property.PropertyType);
            property.SetValue(activity, created);
            return created;
        }

        /// <summary>A property hidden with 'new' (Activity&lt;TResult&gt;.Result) is seen through its most derived declaration.</summary>
        private static PropertyInfo MostDerived(IEnumerable<PropertyInfo> sameName) =>
            sameName.OrderByDescending(property => Depth(property.DeclaringType)).First();

        private static int Depth(Type type) => type.BaseType is null ? 0 : 1 + Depth(type.BaseType);
    }
}
