using CrmLeadSla.LocalDataverse.Tests.Builders;
using CrmLeadSla.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmLeadSla.LocalDataverse.Tests.Pipeline;

public class ImageAndFilterTests
{
    [Fact]
    public void Update_step_with_filtering_attributes_does_not_run_for_other_columns()
    {
        var ran = false;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => ran = true).On("Update", "lead").At(PipelineStage.PostOperation).Filtering("subject"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead"));

        service.Update(new Entity("lead", id) { ["numberofemployees"] = 5 });

        Assert.False(ran);
    }

    [Fact]
    public void Update_step_with_filtering_attributes_runs_when_target_holds_one()
    {
        var ran = false;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(_ => ran = true).On("Update", "lead").At(PipelineStage.PostOperation).Filtering("subject", "budgetamount"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead"));

        service.Update(new Entity("lead", id) { ["budgetamount"] = new Money(10m) });

        Assert.True(ran);
    }

    [Fact]
    public void Pre_image_holds_the_row_before_the_update()
    {
        object? before = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => before = run.Context.PreEntityImages["pre"]["subject"])
                .On("Update", "lead").At(PipelineStage.PostOperation).WithImage("pre", ImageKind.PreImage, "subject"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "old" });

        service.Update(new Entity("lead", id) { ["subject"] = "new" });

        Assert.Equal("old", before);
    }

    [Fact]
    public void Pre_image_is_there_when_the_target_names_its_id_only_in_the_key_column()
    {
        object? before = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => before = run.Context.PreEntityImages["pre"]["subject"])
                .On("Update", "lead").At(PipelineStage.PreOperation).WithImage("pre", ImageKind.PreImage, "subject"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "old" });

        service.Update(new Entity("lead") { ["leadid"] = id, ["subject"] = "new" });

        Assert.Equal("old", before);
    }

    [Fact]
    public void Post_image_holds_the_row_after_the_update()
    {
        Entity? after = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => after = run.Context.PostEntityImages["post"])
                .On("Update", "lead").At(PipelineStage.PostOperation).WithImage("post", ImageKind.PostImage))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "old", ["numberofemployees"] = 3 });

        service.Update(new Entity("lead", id) { ["subject"] = "new" });

        Assert.Equal("new", after!["subject"]);
        Assert.Equal(3, after["numberofemployees"]);
    }

    [Fact]
    public void Image_holds_only_the_registered_columns()
    {
        Entity? image = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => image = run.Context.PreEntityImages["pre"])
                .On("Update", "lead").At(PipelineStage.PreOperation).WithImage("pre", ImageKind.PreImage, "subject"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "old", ["numberofemployees"] = 3 });

        service.Update(new Entity("lead", id) { ["subject"] = "new" });

        Assert.Equal(["subject"], image!.Attributes.Keys);
    }

    [Fact]
    public void Create_has_no_pre_image_and_a_post_image_at_post_operation()
    {
        (int Pre, int Post)? counts = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => counts = (run.Context.PreEntityImages.Count, run.Context.PostEntityImages.Count))
                .On("Create", "lead").At(PipelineStage.PostOperation).WithImage("both", ImageKind.Both))
            .Build();

        organization.ServiceFor(organization.AdminUserId).Create(new Entity("lead"));

        Assert.Equal((0, 1), counts);
    }

    [Fact]
    public void Pre_operation_has_no_post_image()
    {
        int? postImages = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => postImages = run.Context.PostEntityImages.Count)
                .On("Update", "lead").At(PipelineStage.PreOperation).WithImage("post", ImageKind.PostImage))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead"));

        service.Update(new Entity("lead", id) { ["subject"] = "new" });

        Assert.Equal(0, postImages);
    }

    [Fact]
    public void Delete_has_a_pre_image_of_the_deleted_row()
    {
        object? subject = null;
        var organization = new OrganizationBuilder()
            .WithStep(StepBuilder.Running(run => subject = run.Context.PreEntityImages["pre"]["subject"])
                .On("Delete", "lead").At(PipelineStage.PostOperation).WithImage("pre", ImageKind.PreImage, "subject"))
            .Build();
        var service = organization.ServiceFor(organization.AdminUserId);
        var id = service.Create(new Entity("lead") { ["subject"] = "gone" });

        service.Delete("lead", id);

        Assert.Equal("gone", subject);
    }
}
