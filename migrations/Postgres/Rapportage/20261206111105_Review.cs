using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Rapportage
{
    /// <inheritdoc />
    public partial class Review : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reviewrondes",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RapportageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Conceptnummer = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewrondes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviewrondes_rapportages_RapportageId",
                        column: x => x.RapportageId,
                        principalSchema: "rapportage",
                        principalTable: "rapportages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opmerkingen",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RapportageId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewrondeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GeplaatstOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Afhandeling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AfgehandeldDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AfgehandeldOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opmerkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opmerkingen_reviewrondes_ReviewrondeId",
                        column: x => x.ReviewrondeId,
                        principalSchema: "rapportage",
                        principalTable: "reviewrondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opmerkingen_RapportageId_Sleutel",
                schema: "rapportage",
                table: "opmerkingen",
                columns: new[] { "RapportageId", "Sleutel" });

            migrationBuilder.CreateIndex(
                name: "IX_opmerkingen_ReviewrondeId",
                schema: "rapportage",
                table: "opmerkingen",
                column: "ReviewrondeId");

            migrationBuilder.CreateIndex(
                name: "IX_reviewrondes_RapportageId",
                schema: "rapportage",
                table: "reviewrondes",
                column: "RapportageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opmerkingen",
                schema: "rapportage");

            migrationBuilder.DropTable(
                name: "reviewrondes",
                schema: "rapportage");
        }
    }
}
