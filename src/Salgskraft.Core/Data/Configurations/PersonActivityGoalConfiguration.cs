using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class PersonActivityGoalConfiguration : IEntityTypeConfiguration<PersonActivityGoal>
{
    public void Configure(EntityTypeBuilder<PersonActivityGoal> builder)
    {
        // At most one goal per person and type: the week view shows one target per line.
        builder.HasIndex(g => new { g.CompanyId, g.PersonId, g.ActivityTypeId }).IsUnique();
        builder.HasOne<Company>().WithMany().HasForeignKey(g => g.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActivityType>().WithMany().HasForeignKey(g => g.ActivityTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}
