using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Salgskraft.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeanerSalesLineIndexesCoveringMonthIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesLines_CompanyId_CustomerId_Date",
                table: "SalesLines");

            migrationBuilder.DropIndex(
                name: "IX_SalesLines_CompanyId_SalespersonId_Date",
                table: "SalesLines");

            migrationBuilder.DropIndex(
                name: "IX_SalesLines_CustomerId",
                table: "SalesLines");

            migrationBuilder.DropIndex(
                name: "IX_SalesLines_SalespersonId",
                table: "SalesLines");

            migrationBuilder.DropIndex(
                name: "IX_CustomerMonthSales_CompanyId_CustomerId",
                table: "CustomerMonthSales");

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_CustomerId_Date",
                table: "SalesLines",
                columns: new[] { "CustomerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_SalespersonId_Date",
                table: "SalesLines",
                columns: new[] { "SalespersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMonthSales_Covering",
                table: "CustomerMonthSales",
                columns: new[] { "CompanyId", "CustomerId", "Month", "SalespersonId", "Revenue", "Cost", "NewProductRevenue", "FirstPurchase" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesLines_CustomerId_Date",
                table: "SalesLines");

            migrationBuilder.DropIndex(
                name: "IX_SalesLines_SalespersonId_Date",
                table: "SalesLines");

            migrationBuilder.DropIndex(
                name: "IX_CustomerMonthSales_Covering",
                table: "CustomerMonthSales");

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_CompanyId_CustomerId_Date",
                table: "SalesLines",
                columns: new[] { "CompanyId", "CustomerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_CompanyId_SalespersonId_Date",
                table: "SalesLines",
                columns: new[] { "CompanyId", "SalespersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_CustomerId",
                table: "SalesLines",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesLines_SalespersonId",
                table: "SalesLines",
                column: "SalespersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMonthSales_CompanyId_CustomerId",
                table: "CustomerMonthSales",
                columns: new[] { "CompanyId", "CustomerId" });
        }
    }
}
