using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>A small solution folder in a temporary directory: a valid manifest plus the files a test adds.</summary>
internal sealed class SolutionFolderFixture : IDisposable
{
    private static readonly PublisherDefinition Publisher = SolutionFolder.Load().Publisher;

    /// <summary>
    /// What starts a custom name of our publisher, as Solution/solution.xml declares it: made-up tables and columns carry it,
    /// and so do our names no schema class holds (relationships, app areas).
    /// </summary>
    public static readonly string Prefix = Publisher.Prefix + "_";

    /// <summary>The first option value of our publisher, as Solution/solution.xml declares its prefix: made-up choices start there.</summary>
    public static readonly int FirstOptionValue = Publisher.FirstOptionValue;

    private static readonly string Manifest = $"""
        <solution uniquename="Fixture" version="1.0.0.0" languages="1033 1031">
          <label lcid="1033" description="A fixture.">Fixture</label>
          <label lcid="1031" description="Eine Vorlage.">Vorlage</label>
          <publisher uniquename="CrmLeadSla" prefix="{Prefix.TrimEnd('_')}" optionvalueprefix="{Publisher.OptionValuePrefix}">
            <label lcid="1033">CrmLeadSla</label>
            <label lcid="1031">CrmLeadSla</label>
          </publisher>
        </solution>
        """;

    public SolutionFolderFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "lsla-solution-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        With("solution.xml", Manifest);
    }

    public string Folder { get; }

    public SolutionFolderFixture With(string relativePath, string xml)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, xml);
        return this;
    }

    /// <summary>The primary name column of a table <see cref="WithTable"/> adds.</summary>
    public static string NameColumn => Custom("name");

    /// <summary>A made-up table of ours: <see cref="Prefix"/> + "thing".</summary>
    public static string Thing => Custom("thing");

    /// <summary>A custom name of ours: <see cref="Prefix"/> + <paramref name="name"/>, e.g. <c>Custom("size")</c>.</summary>
    public static string Custom(string name) => Prefix + name;

    /// <summary>Adds Tables/&lt;name&gt;.xml: a labelled custom table with <see cref="NameColumn"/> and the given columns.</summary>
    public SolutionFolderFixture WithTable(string name, string columns = "", string attributes = "") =>
        With($"Tables/{name}.xml", $"""
            <table name="{name}" primarynameattribute="{NameColumn}" {attributes}>
              <label lcid="1033" collection="Things" description="A thing.">Thing</label>
              <label lcid="1031" collection="Dinge" description="Ein Ding.">Ding</label>
              {Column(NameColumn, "String")}
              {columns}
            </table>
            """);

    /// <summary>A labelled column; <paramref name="body"/> adds options or relationships.</summary>
    public static string Column(string name, string type, string attributes = "", string body = "") => $"""
        <column name="{name}" type="{type}" {attributes}>
          <label lcid="1033" description="A column.">Column</label>
          <label lcid="1031" description="Eine Spalte.">Spalte</label>
          {body}
        </column>
        """;

    /// <summary>A labelled option.</summary>
    public static string Option(int value, string attributes = "") =>
        $"""<option value="{value}" {attributes}><label lcid="1033">Option</label><label lcid="1031">Option</label></option>""";

    public SolutionDefinition Load() => SolutionFolder.Load(Folder);

    public SolutionSourceException LoadFails() => Assert.Throws<SolutionSourceException>(Load);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
