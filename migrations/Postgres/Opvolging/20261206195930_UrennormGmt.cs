using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Opvolging
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
                    Rapportjaar = table.Column<int>(type: "integer", nullable: false),
                    Uren = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    VastgesteldOp = table.Column<DateOnly>(type: "date", nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
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
