using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Opvolging
{
    /// <inheritdoc />
    public partial class AfspraaktakenOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "opvolging",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sleutel = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Pogingen = table.Column<int>(type: "int", nullable: false),
                    LaatsteFout = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Sleutel",
                schema: "opvolging",
                table: "outbox",
                column: "Sleutel");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_VerwerktOpUtc_AangemaaktOpUtc",
                schema: "opvolging",
                table: "outbox",
                columns: new[] { "VerwerktOpUtc", "AangemaaktOpUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox",
                schema: "opvolging");
        }
    }
}
