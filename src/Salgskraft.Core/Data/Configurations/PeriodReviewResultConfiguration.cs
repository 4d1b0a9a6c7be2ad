using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Data.Configurations;

public sealed class PeriodReviewResultConfiguration : IEntityTypeConfiguration<PeriodReviewResult>
{
    public void Configure(EntityTypeBuilder<PeriodReviewResult> builder)
    {
        builder.Property(r => r.Subject).HasMaxLength(64);
        builder.HasOne<StoredGoal>().WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}
