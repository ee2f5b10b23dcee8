using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Rapportage
{
    /// <inheritdoc />
    public partial class Rapportage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "rapportage");

            migrationBuilder.CreateTable(
                name: "rapportages",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    HuidigeMomentopnameId = table.Column<Guid>(type: "uuid", nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GestartDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "conceptversies",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RapportageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    MomentopnameId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlokkenJson = table.Column<string>(type: "text", nullable: false),
                    GemaaktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conceptversies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_conceptversies_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalSchema: "rapportage",
                        principalTable: "rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "momentopnamen",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RapportageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    InhoudJson = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WijzigingenJson = table.Column<string>(type: "text", nullable: false),
                    GenomenOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_momentopnamen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_momentopnamen_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalSchema: "rapportage",
                        principalTable: "rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "publicaties",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RapportageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    MomentopnameId = table.Column<Guid>(type: "uuid", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    HtmlHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    PdfHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PdfTaakId = table.Column<Guid>(type: "uuid", nullable: true),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publicaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_publicaties_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalSchema: "rapportage",
                        principalTable: "rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tekstblokken",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RapportageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Staat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GewijzigdOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tekstblokken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tekstblokken_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalSchema: "rapportage",
                        principalTable: "rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conceptversies_RapportageId_Nummer",
                schema: "rapportage",
                table: "conceptversies",
                columns: new[] { "RapportageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_momentopnamen_RapportageId_Nummer",
                schema: "rapportage",
                table: "momentopnamen",
                columns: new[] { "RapportageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publicaties_RapportageId_Nummer",
                schema: "rapportage",
                table: "publicaties",
                columns: new[] { "RapportageId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rapportages_Jaar",
                schema: "rapportage",
                table: "rapportages",
                column: "Jaar",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tekstblokken_RapportageId_Sleutel",
                schema: "rapportage",
                table: "tekstblokken",
                columns: new[] { "RapportageId", "Sleutel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conceptversies",
                schema: "rapportage");

            migrationBuilder.DropTable(
                name: "momentopnamen",
                schema: "rapportage");

            migrationBuilder.DropTable(
                name: "publicaties",
                schema: "rapportage");

            migrationBuilder.DropTable(
                name: "tekstblokken",
                schema: "rapportage");

            migrationBuilder.DropTable(
                name: "rapportages",
                schema: "rapportage");
        }
    }
}
