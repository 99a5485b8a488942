using CrmLeadSla.Plugins.Domain.Languages;
using CrmLeadSla.Plugins.Scoring;

namespace CrmLeadSla.Plugins.Tests.Scoring;

public class RecordColumnsTests
{
    [Fact]
    public void A_column_value_scoring_cannot_read_is_refused_in_either_language()
    {
        var refused = Assert.Throws<UserMessageException>(() => RecordColumns.ValueOf(new byte[] { 1, 2 }));

        Assert.Equal(
            "Scoring cannot read a column value of type Byte[]. Remove the rule that reads this column, or ask your administrator to extend scoring.",
            refused.Text.In(Language.English));
        Assert.Equal(
            "Die Bewertung kann einen Spaltenwert vom Typ Byte[] nicht lesen. Entfernen Sie die Regel, die diese Spalte liest, oder bitten Sie Ihren Administrator, die Bewertung zu erweitern.",
            refused.Text.In(Language.German));
    }
}
