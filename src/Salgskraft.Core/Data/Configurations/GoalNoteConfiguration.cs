using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class GoalNoteConfiguration : IEntityTypeConfiguration<GoalNote>
{
    public void Configure(EntityTypeBuilder<GoalNote> builder)
    {
        builder.HasIndex(n => n.GoalId);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.HasOne<StoredGoal>().WithMany().HasForeignKey(n => n.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorPersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
