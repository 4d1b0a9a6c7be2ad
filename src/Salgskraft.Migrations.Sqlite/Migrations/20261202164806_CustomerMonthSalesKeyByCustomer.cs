using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Salgskraft.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerMonthSalesKeyByCustomer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CustomerMonthSales_CompanyId_Month_CustomerId_SalespersonId",
                table: "CustomerMonthSales");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMonthSales_CompanyId_CustomerId_Month_SalespersonId",
                table: "CustomerMonthSales",
                columns: new[] { "CompanyId", "CustomerId", "Month", "SalespersonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CustomerMonthSales_CompanyId_CustomerId_Month_SalespersonId",
                table: "CustomerMonthSales");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMonthSales_CompanyId_Month_CustomerId_SalespersonId",
                table: "CustomerMonthSales",
                columns: new[] { "CompanyId", "Month", "CustomerId", "SalespersonId" },
                unique: true);
        }
    }
}
