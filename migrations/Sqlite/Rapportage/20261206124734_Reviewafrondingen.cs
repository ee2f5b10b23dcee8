using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Rapportage
{
    /// <inheritdoc />
    public partial class Reviewafrondingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rapportage_reviewafrondingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewrondeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersoonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AfgerondOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rapportage_reviewafrondingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rapportage_reviewafrondingen_rapportage_reviewrondes_ReviewrondeId",
                        column: x => x.ReviewrondeId,
                        principalTable: "rapportage_reviewrondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rapportage_reviewafrondingen_ReviewrondeId_PersoonId",
                table: "rapportage_reviewafrondingen",
                columns: new[] { "ReviewrondeId", "PersoonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rapportage_reviewafrondingen");
        }
    }
}
