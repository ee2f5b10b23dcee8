using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Rapportage
{
    /// <inheritdoc />
    public partial class Review : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rapportage_reviewrondes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RapportageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Conceptnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_reviewrondes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_reviewrondes_rapportage_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalTable: "rapportage_rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rapportage_opmerkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RapportageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewrondeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeplaatstOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Afhandeling = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AfgehandeldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AfgehandeldOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_opmerkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_opmerkingen_rapportage_reviewrondes_ReviewrondeId",
                        column: x => x.ReviewrondeId,
                        principalTable: "rapportage_reviewrondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_opmerkingen_RapportageId_Sleutel",
                table: "rapportage_opmerkingen",
                columns: new[] { "RapportageId", "Sleutel" });

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_opmerkingen_ReviewrondeId",
                table: "rapportage_opmerkingen",
                column: "ReviewrondeId");

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_reviewrondes_RapportageId",
                table: "rapportage_reviewrondes",
                column: "RapportageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rapportage_opmerkingen");

            migrationBuilder.DropTable(
                name: "rapportage_reviewrondes");
        }
    }
}
