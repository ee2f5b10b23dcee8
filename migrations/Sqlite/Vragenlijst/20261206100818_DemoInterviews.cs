using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Vragenlijst
{
    /// <inheritdoc />
    public partial class DemoInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Fictief",
                table: "vragenlijst_interviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "vragenlijst_ontbrekende_interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieAfkorting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_ontbrekende_interviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_ontbrekende_interviews_Jaar_DirectieId",
                table: "vragenlijst_ontbrekende_interviews",
                columns: new[] { "Jaar", "DirectieId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vragenlijst_ontbrekende_interviews");

            migrationBuilder.DropColumn(
                name: "Fictief",
                table: "vragenlijst_interviews");
        }
    }
}
