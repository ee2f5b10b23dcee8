using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Rapportage
{
    /// <inheritdoc />
    public partial class Reviewafrondingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reviewafrondingen",
                schema: "rapportage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReviewrondeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AfgerondOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviewafrondingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviewafrondingen_reviewrondes_ReviewrondeId",
                        column: x => x.ReviewrondeId,
                        principalSchema: "rapportage",
                        principalTable: "reviewrondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reviewafrondingen_ReviewrondeId_PersoonId",
                schema: "rapportage",
                table: "reviewafrondingen",
                columns: new[] { "ReviewrondeId", "PersoonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reviewafrondingen",
                schema: "rapportage");
        }
    }
}
