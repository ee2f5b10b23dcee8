using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Opvolging
{
    /// <inheritdoc />
    public partial class UrennormGmt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "urennormen",
                schema: "opvolging",
                columns: table => new
                {
                    Rapportjaar = table.Column<int>(type: "int", nullable: false),
                    Uren = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "date", nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_urennormen", x => x.Rapportjaar);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "urennormen",
                schema: "opvolging");
        }
    }
}
