using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Salgskraft.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScaledMonthSales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing rows to whole ten-thousandths before the column becomes INTEGER (ScaledMoney).
            migrationBuilder.Sql("""
                UPDATE "CustomerMonthSales" SET "Revenue" = CAST(round("Revenue" * 10000) AS INTEGER),
                  "Cost" = CAST(round("Cost" * 10000) AS INTEGER), "NewProductRevenue" = CAST(round("NewProductRevenue" * 10000) AS INTEGER)
                """);

            migrationBuilder.AlterColumn<long>(
                name: "Revenue",
                table: "CustomerMonthSales",
                type: "INTEGER",
                precision: 18,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 4);

            migrationBuilder.AlterColumn<long>(
                name: "NewProductRevenue",
                table: "CustomerMonthSales",
                type: "INTEGER",
                precision: 18,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 4);

            migrationBuilder.AlterColumn<long>(
                name: "Cost",
                table: "CustomerMonthSales",
                type: "INTEGER",
                precision: 18,
                scale: 4,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 4);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "Revenue",
                table: "CustomerMonthSales",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 18,
                oldScale: 4);

            migrationBuilder.AlterColumn<decimal>(
                name: "NewProductRevenue",
                table: "CustomerMonthSales",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 18,
                oldScale: 4);

            migrationBuilder.AlterColumn<decimal>(
                name: "Cost",
                table: "CustomerMonthSales",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldPrecision: 18,
                oldScale: 4);

            migrationBuilder.Sql("""
                UPDATE "CustomerMonthSales" SET "Revenue" = "Revenue" / 10000.0, "Cost" = "Cost" / 10000.0,
                  "NewProductRevenue" = "NewProductRevenue" / 10000.0
                """);
        }
    }
}
