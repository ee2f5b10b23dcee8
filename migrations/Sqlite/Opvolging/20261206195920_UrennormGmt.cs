using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Opvolging
{
    /// <inheritdoc />
    public partial class UrennormGmt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opvolging_urennormen",
                columns: table => new
                {
                    Rapportjaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Uren = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvolging_urennormen", x => x.Rapportjaar);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opvolging_urennormen");
        }
    }
}
