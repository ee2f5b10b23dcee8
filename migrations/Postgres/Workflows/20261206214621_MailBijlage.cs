using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Workflows
{
    /// <inheritdoc />
    public partial class MailBijlage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BijlageInhoud",
                schema: "workflows",
                table: "berichten",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BijlageNaam",
                schema: "workflows",
                table: "berichten",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BijlageType",
                schema: "workflows",
                table: "berichten",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BijlageInhoud",
                schema: "workflows",
                table: "berichten");

            migrationBuilder.DropColumn(
                name: "BijlageNaam",
                schema: "workflows",
                table: "berichten");

            migrationBuilder.DropColumn(
                name: "BijlageType",
                schema: "workflows",
                table: "berichten");
        }
    }
}
