using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class PeriodReviewConfiguration : IEntityTypeConfiguration<PeriodReview>
{
    public void Configure(EntityTypeBuilder<PeriodReview> builder)
    {
        builder.HasIndex(r => new { r.CompanyId, r.PersonId, r.PeriodStart, r.PeriodEnd }).IsUnique();
        builder.Property(r => r.ClosedByName).HasMaxLength(200);
        builder.Property(r => r.Lessons).HasMaxLength(8000);
        builder.HasOne<Company>().WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Results).WithOne().HasForeignKey(r => r.PeriodReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
