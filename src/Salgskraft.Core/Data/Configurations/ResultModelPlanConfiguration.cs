using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Core.Data.Configurations;

public sealed class ResultModelPlanConfiguration : IEntityTypeConfiguration<ResultModelPlan>
{
    public void Configure(EntityTypeBuilder<ResultModelPlan> builder)
    {
        builder.HasIndex(p => new { p.CompanyId, p.PersonId }).IsUnique();
        builder.Property(p => p.PlannedShare).HasPrecision(5, 4);
        builder.Property(p => p.ClosingRateGoal).HasPrecision(5, 4);
        builder.Property(p => p.MeetingToQuoteGoal).HasPrecision(5, 4);
        builder.HasOne<Company>().WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
