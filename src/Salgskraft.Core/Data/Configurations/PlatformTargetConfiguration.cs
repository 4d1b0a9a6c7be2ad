using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class PlatformTargetConfiguration : IEntityTypeConfiguration<PlatformTarget>
{
    public void Configure(EntityTypeBuilder<PlatformTarget> builder)
    {
        builder.HasKey(t => new { t.CompanyId, t.Group });
        builder.HasOne<Company>().WithMany().HasForeignKey(t => t.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
