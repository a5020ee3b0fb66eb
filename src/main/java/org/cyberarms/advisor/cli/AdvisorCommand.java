package org.cyberarms.advisor.cli;
public class AdvisorCommand { public static void main(String[] a) { System.out.println("hi"); } }
