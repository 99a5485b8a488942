using CrmLeadSla.Plugins.Domain.Scoring;

namespace CrmLeadSla.Plugins.Tests.Domain.Scoring;

public class MqlCriterionTests
{
    [Theory]
    [InlineData(Grade.A, 50, true)]
    [InlineData(Grade.B, 50, true)]
    [InlineData(Grade.C, 90, false)]
    [InlineData(Grade.A, 49, false)]
    public void A_lead_qualifies_with_the_minimum_grade_and_enough_behaviour(Grade grade, int behaviourPoints, bool qualifies)
    {
        var settings = new ModelSettings(new GradeThresholds(60, 30, 10), MqlThreshold: 50) { MqlMinimumGrade = Grade.B };

        Assert.Equal(qualifies, settings.QualifiesAsMql(grade, behaviourPoints));
    }

    [Fact]
    public void Without_a_minimum_grade_every_grade_can_qualify()
    {
        var settings = new ModelSettings(new GradeThresholds(60, 30, 10), MqlThreshold: 50);

        Assert.True(settings.QualifiesAsMql(Grade.D, 50));
    }
}
