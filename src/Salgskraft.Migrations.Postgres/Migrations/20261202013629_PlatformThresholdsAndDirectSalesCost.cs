using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Salgskraft.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlatformThresholdsAndDirectSalesCost : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
