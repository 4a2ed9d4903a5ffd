package io.lockernet.partner.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Something the retailer sells, with the outer size and weight of one unit as it is handed over, and its packaging. */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.BY_SKU, query = "select p from Product p where p.sku = :sku")
@NamedQuery(name = Product.ALL, query = "select p from Product p order by p.sku")
public class Product {

    public static final String BY_SKU = "Product.bySku";
    public static final String ALL = "Product.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sku;
    private String name;
    @Column(name = "length_mm")
    private int lengthMm;
    @Column(name = "width_mm")
    private int widthMm;
    @Column(name = "height_mm")
    private int heightMm;
    @Column(name = "weight_g")
    private int weightGrams;
    @Enumerated(EnumType.STRING)
    private Packing.Packaging packaging;

    protected Product() {
    }

    public Product(String sku) {
        this.sku = sku;
    }

    public void describe(String name, int lengthMm, int widthMm, int heightMm, int weightGrams,
                         Packing.Packaging packaging) {
        this.name = name;
        this.lengthMm = lengthMm;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.weightGrams = weightGrams;
        this.packaging = packaging;
    }

    /** The item of a parcel that {@code quantity} units of this product make. */
    public Packing.Item item(int quantity) {
        return new Packing.Item(sku, lengthMm, widthMm, heightMm, weightGrams, quantity, packaging);
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public int lengthMm() {
        return lengthMm;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public Packing.Packaging packaging() {
        return packaging;
    }
}
