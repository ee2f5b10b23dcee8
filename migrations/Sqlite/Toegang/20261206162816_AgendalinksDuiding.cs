using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Toegang
{
    /// <inheritdoc />
    public partial class AgendalinksDuiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "toegang_Agendalinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersoonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IngetrokkenOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_toegang_Agendalinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_toegang_Agendalinks_PersoonId",
                table: "toegang_Agendalinks",
                column: "PersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_toegang_Agendalinks_TokenHash",
                table: "toegang_Agendalinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "toegang_Agendalinks");
        }
    }
}
