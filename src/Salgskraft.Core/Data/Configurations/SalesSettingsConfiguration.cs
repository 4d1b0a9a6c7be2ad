using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Organization;
using Salgskraft.Domain.ResultModel;

namespace Salgskraft.Core.Data.Configurations;

public sealed class SalesSettingsConfiguration : IEntityTypeConfiguration<SalesSettings>
{
    public void Configure(EntityTypeBuilder<SalesSettings> builder)
    {
        builder.HasKey(s => s.CompanyId);
        builder.Property(s => s.PlannedShare).HasPrecision(5, 4);
        builder.Property(s => s.ClosingRateGoal).HasPrecision(5, 4);
        builder.Property(s => s.MeetingToQuoteGoal).HasPrecision(5, 4);
        builder.HasOne<Company>().WithOne().HasForeignKey<SalesSettings>(s => s.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
