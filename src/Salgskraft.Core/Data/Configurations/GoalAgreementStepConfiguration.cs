using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class GoalAgreementStepConfiguration : IEntityTypeConfiguration<GoalAgreementStep>
{
    public void Configure(EntityTypeBuilder<GoalAgreementStep> builder)
    {
        builder.HasIndex(s => new { s.GoalId, s.Sequence }).IsUnique();
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.HasOne<StoredGoal>().WithMany().HasForeignKey(s => s.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
