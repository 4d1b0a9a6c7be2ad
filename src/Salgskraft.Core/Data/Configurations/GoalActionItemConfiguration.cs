using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class GoalActionItemConfiguration : IEntityTypeConfiguration<GoalActionItem>
{
    public void Configure(EntityTypeBuilder<GoalActionItem> builder)
    {
        builder.ToTable("GoalActions");
        builder.HasIndex(a => a.GoalId);
        builder.Property(a => a.Text).HasMaxLength(500);
        builder.HasOne<StoredGoal>().WithMany().HasForeignKey(a => a.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
