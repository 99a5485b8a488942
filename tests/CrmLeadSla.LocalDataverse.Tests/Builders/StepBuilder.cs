using CrmLeadSla.LocalDataverse.Tests.Pipeline.TestPlugins;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Builders;

/// <summary>Declares a plug-in step in code: <c>Step.Running(run => …).On("Update", "lead").At(PipelineStage.PreOperation)</c>.</summary>
public sealed class StepBuilder
{
    private StepRegistration step;

    private StepBuilder(string pluginTypeName, string? unsecureConfiguration) =>
        step = new StepRegistration
        {
            Id = Guid.NewGuid(),
            Name = pluginTypeName,
            PluginTypeName = pluginTypeName,
            Message = "Create",
            Stage = PipelineStage.PostOperation,
            UnsecureConfiguration = unsecureConfiguration,
        };

    public static StepBuilder Running(Action<StepRun> script) =>
        new(typeof(ScriptedPlugin).FullName!, ScriptedPlugin.Register(script));

    public static StepBuilder Of<TPlugin>()
        where TPlugin : IPlugin => new(typeof(TPlugin).FullName!, null);

    public StepBuilder Named(string name) => With(step with { Name = name });

    public StepBuilder On(string message, string? table) => With(step with { Message = message, PrimaryEntity = table });

    public StepBuilder At(PipelineStage stage) => With(step with { Stage = stage });

    public StepBuilder Asynchronously() => With(step with { Mode = StepMode.Asynchronous });

    public StepBuilder Ranked(int rank) => With(step with { Rank = rank });

    public StepBuilder Filtering(params string[] columns) => With(step with { FilteringAttributes = columns });

    public StepBuilder WithImage(string alias, ImageKind kind, params string[] columns) =>
        With(step with { Images = [.. step.Images, new StepImage(alias, kind, columns)] });

    public StepBuilder RunningAs(Guid userId) => With(step with { RunAsUserId = userId });

    public StepBuilder Configured(string unsecure, string secure) =>
        With(step with { UnsecureConfiguration = unsecure, SecureConfiguration = secure });

    public StepBuilder Disabled() => With(step with { IsEnabled = false });

    public StepRegistration Build() => step;

    private StepBuilder With(StepRegistration changed)
    {
        step = changed;
        return this;
    }
}
