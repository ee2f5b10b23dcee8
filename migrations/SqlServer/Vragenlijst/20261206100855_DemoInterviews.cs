using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Vragenlijst
{
    /// <inheritdoc />
    public partial class DemoInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Fictief",
                schema: "vragenlijst",
                table: "interviews",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ontbrekende_interviews",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    DirectieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectieAfkorting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Reden = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    VastgelegdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VastgelegdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ontbrekende_interviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ontbrekende_interviews_Jaar_DirectieId",
                schema: "vragenlijst",
                table: "ontbrekende_interviews",
                columns: new[] { "Jaar", "DirectieId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ontbrekende_interviews",
                schema: "vragenlijst");

            migrationBuilder.DropColumn(
                name: "Fictief",
                schema: "vragenlijst",
                table: "interviews");
        }
    }
}
