using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Salgskraft.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScaledMonthSales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing rows become whole ten-thousandths (ScaledMoney) in the same statement that changes the type.
            migrationBuilder.Sql("""
                ALTER TABLE "CustomerMonthSales"
                  ALTER COLUMN "Revenue" TYPE bigint USING round("Revenue" * 10000)::bigint,
                  ALTER COLUMN "Cost" TYPE bigint USING round("Cost" * 10000)::bigint,
                  ALTER COLUMN "NewProductRevenue" TYPE bigint USING round("NewProductRevenue" * 10000)::bigint
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "CustomerMonthSales"
                  ALTER COLUMN "Revenue" TYPE numeric(18,4) USING "Revenue" / 10000.0,
                  ALTER COLUMN "Cost" TYPE numeric(18,4) USING "Cost" / 10000.0,
                  ALTER COLUMN "NewProductRevenue" TYPE numeric(18,4) USING "NewProductRevenue" / 10000.0
                """);
        }
    }
}
