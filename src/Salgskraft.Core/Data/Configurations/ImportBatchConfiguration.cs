using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Salgskraft.Domain.Import;
using Salgskraft.Domain.Organization;

namespace Salgskraft.Core.Data.Configurations;

public sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.HasIndex(b => new { b.CompanyId, b.Kind, b.Sha256 });
        builder.Property(b => b.ImportedBy).HasMaxLength(256);
        builder.Property(b => b.UndoneBy).HasMaxLength(256);
        builder.Property(b => b.Kind).HasMaxLength(32);
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.Sha256).HasMaxLength(64);
        builder.Ignore(b => b.HasChanges);
        builder.HasOne<Company>().WithMany().HasForeignKey(b => b.CompanyId).OnDelete(DeleteBehavior.Cascade);
    }
}
