using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Rapportage
{
    /// <inheritdoc />
    public partial class Rapportage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rapportage_rapportages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    HuidigeMomentopnameId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GestartDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_rapportages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rapportage_conceptversies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RapportageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentopnameId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlokkenJson = table.Column<string>(type: "TEXT", nullable: false),
                    GemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_conceptversies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_conceptversies_rapportage_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalTable: "rapportage_rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rapportage_momentopnamen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RapportageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    InhoudJson = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WijzigingenJson = table.Column<string>(type: "TEXT", nullable: false),
                    GenomenOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_momentopnamen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_momentopnamen_rapportage_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalTable: "rapportage_rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rapportage_publicaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RapportageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentopnameId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PdfTaakId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_publicaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_publicaties_rapportage_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalTable: "rapportage_rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rapportage_tekstblokken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RapportageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Staat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GewijzigdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_tekstblokken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_tekstblokken_rapportage_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalTable: "rapportage_rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_conceptversies_RapportageId_Nummer",
                table: "rapportage_conceptversies",
                columns: new[] { "RapportageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_momentopnamen_RapportageId_Nummer",
                table: "rapportage_momentopnamen",
                columns: new[] { "RapportageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_publicaties_RapportageId_Nummer",
                table: "rapportage_publicaties",
                columns: new[] { "RapportageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_rapportages_Jaar",
                table: "rapportage_rapportages",
                column: "Jaar",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_tekstblokken_RapportageId_Sleutel",
                table: "rapportage_tekstblokken",
                columns: new[] { "RapportageId", "Sleutel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rapportage_conceptversies");

            migrationBuilder.DropTable(
                name: "rapportage_momentopnamen");

            migrationBuilder.DropTable(
                name: "rapportage_publicaties");

            migrationBuilder.DropTable(
                name: "rapportage_tekstblokken");

            migrationBuilder.DropTable(
                name: "rapportage_rapportages");
        }
    }
}
