using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Activities;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Deals;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        // An import upserts by the CRM's id; activities entered in the app have none (several NULLs are allowed).
        builder.HasIndex(a => new { a.CompanyId, a.ExternalId }).IsUnique();
        builder.HasIndex(a => new { a.CompanyId, a.PersonId, a.Date });
        builder.HasIndex(a => new { a.CompanyId, a.CustomerId, a.Date });
        builder.Property(a => a.ExternalId).HasMaxLength(64);
        builder.Property(a => a.OutcomeNote).HasMaxLength(2000);
        builder.HasOne<Company>().WithMany().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ActivityType>().WithMany().HasForeignKey(a => a.ActivityTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deal>().WithMany().HasForeignKey(a => a.DealId).OnDelete(DeleteBehavior.SetNull);
    }
}
