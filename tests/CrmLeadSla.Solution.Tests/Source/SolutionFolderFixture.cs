using CrmLeadSla.Solution.Source;

namespace CrmLeadSla.Solution.Tests.Source;

/// <summary>A small solution folder in a temporary directory: a valid manifest plus the files a test adds.</summary>
internal sealed class SolutionFolderFixture : IDisposable
{
    public const string Manifest = """
        <solution uniquename="Fixture" version="1.0.0.0" languages="1033 1031">
          <label lcid="1033" description="A fixture.">Fixture</label>
          <label lcid="1031" description="Eine Vorlage.">Vorlage</label>
          <publisher uniquename="CrmLeadSla" prefix="lsla" optionvalueprefix="27180">
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

    /// <summary>Adds Tables/&lt;name&gt;.xml: a labelled custom table with lsla_name and the given columns.</summary>
    public SolutionFolderFixture WithTable(string name, string columns = "", string attributes = "") =>
        With($"Tables/{name}.xml", $"""
            <table name="{name}" primarynameattribute="lsla_name" {attributes}>
              <label lcid="1033" collection="Things" description="A thing.">Thing</label>
              <label lcid="1031" collection="Dinge" description="Ein Ding.">Ding</label>
              {Column("lsla_name", "String")}
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
