using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Actieplannen
{
    /// <inheritdoc />
    public partial class BijlageVerwijderd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerwijderdDoor",
                schema: "actieplannen",
                table: "bijlagen",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerwijderdOpUtc",
                schema: "actieplannen",
                table: "bijlagen",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VerwijderdDoor",
                schema: "actieplannen",
                table: "bijlagen");

            migrationBuilder.DropColumn(
                name: "VerwijderdOpUtc",
                schema: "actieplannen",
                table: "bijlagen");
        }
    }
}
