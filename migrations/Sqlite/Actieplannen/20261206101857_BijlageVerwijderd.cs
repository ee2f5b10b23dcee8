using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Actieplannen
{
    /// <inheritdoc />
    public partial class BijlageVerwijderd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerwijderdDoor",
                table: "actieplannen_bijlagen",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "VerwijderdOpUtc",
                table: "actieplannen_bijlagen",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VerwijderdDoor",
                table: "actieplannen_bijlagen");

            migrationBuilder.DropColumn(
                name: "VerwijderdOpUtc",
                table: "actieplannen_bijlagen");
        }
    }
}
