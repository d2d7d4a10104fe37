using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProductImageColour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Colour",
                table: "ProductImages",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            // Pictures used to say their colour only in their alt text ("… in Navy"): keep what they showed.
            migrationBuilder.Sql(
                """
                UPDATE "ProductImages" SET "Colour" = (
                    SELECT v."Colour" FROM "ProductVariants" AS v
                    WHERE v."ProductId" = "ProductImages"."ProductId"
                      AND lower("ProductImages"."AltText") LIKE '% in ' || lower(v."Colour")
                    LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Colour",
                table: "ProductImages");
        }
    }
}
