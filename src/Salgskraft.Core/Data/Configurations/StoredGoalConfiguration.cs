using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class StoredGoalConfiguration : IEntityTypeConfiguration<StoredGoal>
{
    public void Configure(EntityTypeBuilder<StoredGoal> builder)
    {
        builder.ToTable("Goals");
        builder.HasIndex(g => new { g.CompanyId, g.OwnerLevel, g.OwnerId, g.PeriodStart });
        builder.HasIndex(g => g.ParentGoalId);
        builder.Property(g => g.Subject).HasMaxLength(64);
        builder.Ignore(g => g.Period);
        builder.Ignore(g => g.TargetInForce);
        builder.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StoredGoal>().WithMany().HasForeignKey(g => g.ParentGoalId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StoredGoal>().WithMany().HasForeignKey(g => g.SupportsGoalId).OnDelete(DeleteBehavior.SetNull);
    }
}
