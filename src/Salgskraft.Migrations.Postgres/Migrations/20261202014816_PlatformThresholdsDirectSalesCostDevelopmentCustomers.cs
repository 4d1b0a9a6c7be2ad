using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Salgskraft.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlatformThresholdsDirectSalesCostDevelopmentCustomers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDevelopmentCustomer",
                table: "Customers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PartnerFromMonths",
                table: "CompanyPlatformSettings",
                type: "integer",
                nullable: false,
                defaultValue: 8);

            migrationBuilder.AddColumn<decimal>(
                name: "PartnerShareOfWallet",
                table: "CompanyPlatformSettings",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0.5m);

            migrationBuilder.AddColumn<decimal>(
                name: "PotentialHighFrom",
                table: "CompanyPlatformSettings",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PotentialMediumFrom",
                table: "CompanyPlatformSettings",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RegularFromMonths",
                table: "CompanyPlatformSettings",
                type: "integer",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.CreateTable(
                name: "DirectSalesCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectSalesCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectSalesCosts_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DirectSalesCosts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectSalesCosts_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DirectSalesCosts_CompanyId_Date_CustomerId",
                table: "DirectSalesCosts",
                columns: new[] { "CompanyId", "Date", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectSalesCosts_CompanyId_ExternalId",
                table: "DirectSalesCosts",
                columns: new[] { "CompanyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectSalesCosts_CustomerId",
                table: "DirectSalesCosts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectSalesCosts_PersonId",
                table: "DirectSalesCosts",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DirectSalesCosts");

            migrationBuilder.DropColumn(
                name: "IsDevelopmentCustomer",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "PartnerFromMonths",
                table: "CompanyPlatformSettings");

            migrationBuilder.DropColumn(
                name: "PartnerShareOfWallet",
                table: "CompanyPlatformSettings");

            migrationBuilder.DropColumn(
                name: "PotentialHighFrom",
                table: "CompanyPlatformSettings");

            migrationBuilder.DropColumn(
                name: "PotentialMediumFrom",
                table: "CompanyPlatformSettings");

            migrationBuilder.DropColumn(
                name: "RegularFromMonths",
                table: "CompanyPlatformSettings");
        }
    }
}
