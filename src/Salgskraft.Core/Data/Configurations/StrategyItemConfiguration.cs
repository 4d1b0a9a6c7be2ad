using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Goals;

namespace Salgskraft.Core.Data.Configurations;

public sealed class StrategyItemConfiguration : IEntityTypeConfiguration<StrategyItem>
{
    public void Configure(EntityTypeBuilder<StrategyItem> builder) => builder.Property(i => i.Text).HasMaxLength(1000);
}
