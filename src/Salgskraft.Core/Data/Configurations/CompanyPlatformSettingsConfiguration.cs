using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Customers;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class CompanyPlatformSettingsConfiguration : IEntityTypeConfiguration<CompanyPlatformSettings>
{
    public void Configure(EntityTypeBuilder<CompanyPlatformSettings> builder)
    {
        builder.HasKey(s => s.CompanyId);
        builder.Property(s => s.CompanyId).ValueGeneratedNever();
        // Rows saved before the stage thresholds existed keep the defaults.
        builder.Property(s => s.RegularFromMonths).HasDefaultValue(DevelopmentStageSettings.Default.RegularFromMonths);
        builder.Property(s => s.PartnerFromMonths).HasDefaultValue(DevelopmentStageSettings.Default.PartnerFromMonths);
        builder.Property(s => s.PartnerShareOfWallet).HasDefaultValue(DevelopmentStageSettings.Default.PartnerShareOfWallet);
        builder.HasOne<Company>().WithOne().HasForeignKey<CompanyPlatformSettings>(s => s.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
